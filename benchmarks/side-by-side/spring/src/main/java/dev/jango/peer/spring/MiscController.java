package dev.jango.peer.spring;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The framework-overhead endpoints: a constant string, and a 100 ms wait standing in for slow I/O. */
@RestController
public class MiscController {

    @GetMapping(value = "/plain/", produces = "text/plain")
    public String plain() {
        return "Hello, world!";
    }

    @GetMapping(value = "/slow/", produces = "text/plain")
    public String slow() throws InterruptedException {
        Thread.sleep(100); // on a virtual thread: the carrier is released while it waits
        return "slept 100 ms";
    }
}
