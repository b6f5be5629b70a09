package dev.jango.db.connection;

import java.util.Optional;

/**
 * Finds the application line that ran a statement: the first stack frame outside Jango, the JDK and JUnit. Only
 * called while a {@link Queries} scope records, so code that records nothing pays nothing.
 */
final class CallSites {
    /** Class names are enough to decide; without RETAIN_CLASS_REFERENCE the walk stays cheap. */
    private static final StackWalker WALKER = StackWalker.getInstance();

    private static final String[] SKIPPED = {
        "dev.jango.", "java.", "javax.", "jdk.", "sun.", "com.sun.", "org.junit.", "org.opentest4j.",
        "org.apache.maven.surefire.",
    };

    private CallSites() {
    }

    /** {@code "Class.method(File.java:12)"} of the first frame outside the skipped packages, or {@code ""}. */
    static String find() {
        Optional<StackWalker.StackFrame> frame = WALKER.walk(frames -> frames.filter(f -> !skipped(f.getClassName()))
                .findFirst());
        return frame.map(CallSites::describe).orElse("");
    }

    static boolean skipped(String className) {
        // Test classes of Jango itself are application code for this purpose: a Jango test's loop is the culprit.
        if (className.startsWith("dev.jango.") && isTestClass(className)) {
            return false;
        }
        for (String prefix : SKIPPED) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTestClass(String className) {
        int dollar = className.indexOf('$');
        String outer = dollar < 0 ? className : className.substring(0, dollar);
        return outer.endsWith("Test") || outer.endsWith("Tests");
    }

    private static String describe(StackWalker.StackFrame f) {
        String simple = f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1);
        String file = f.getFileName() == null ? "?" : f.getFileName();
        return simple + "." + f.getMethodName() + "(" + file + ":" + f.getLineNumber() + ")";
    }
}
