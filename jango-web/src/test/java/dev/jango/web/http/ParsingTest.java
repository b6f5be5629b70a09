package dev.jango.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParsingTest {

    static HttpRequest multipart(String boundary, String body) {
        return HttpRequest.builder("POST", "/upload/")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).body(body).build();
    }

    @Test
    void queryStringsDecodeStrictly() {
        HttpRequest r = HttpRequest.builder("GET", "/s/?q=caf%C3%A9+au+lait&tag=a&tag=b&flag&empty=").build();
        assertThat(r.query().first("q")).contains("café au lait");
        assertThat(r.query().all("tag")).containsExactly("a", "b");
        assertThat(r.query().first("flag")).contains("");
        assertThat(r.query().has("empty")).isTrue();
        assertThatThrownBy(() -> HttpRequest.builder("GET", "/?q=%zz").build().query())
                .isInstanceOf(BadRequest.class).hasMessageContaining("bad percent escape '%zz'");
        assertThatThrownBy(() -> HttpRequest.builder("GET", "/?q=%4").build().query())
                .isInstanceOf(BadRequest.class).hasMessageContaining("truncated percent escape");
    }

    @Test
    void tooManyFieldsIsABadRequest() {
        String many = "a=1&".repeat(1001);
        assertThatThrownBy(() -> HttpRequest.builder("GET", "/?" + many).build().query())
                .isInstanceOf(BadRequest.class).hasMessage("too many fields: more than 1000 name/value pairs");
    }

    @Test
    void formBodies() {
        HttpRequest r = HttpRequest.builder("POST", "/").header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .body("title=Dune&author=Frank+Herbert").build();
        assertThat(r.form().first("title")).contains("Dune");
        assertThat(r.form().first("author")).contains("Frank Herbert");
        assertThat(HttpRequest.builder("POST", "/").header("Content-Type", "text/plain").body("a=b").build().form().isEmpty()).isTrue();
    }

    @Test
    void bodyOverTheLimitIsPayloadTooLarge() {
        assertThatThrownBy(() -> HttpRequest.builder("POST", "/").limits(RequestLimits.defaults().withMaxBodyBytes(4))
                .body("12345").build())
                .isInstanceOf(PayloadTooLarge.class).hasMessage("request body of 5 bytes exceeds the limit of 4 bytes");
    }

    record Book(String title, int year) {}

    @Test
    void jsonBodies() {
        HttpRequest ok = HttpRequest.builder("POST", "/").header("Content-Type", "application/json")
                .body("{\"title\":\"Dune\",\"year\":1965}").build();
        assertThat(ok.json(Book.class)).isEqualTo(new Book("Dune", 1965));
        HttpRequest bad = HttpRequest.builder("POST", "/").header("Content-Type", "application/json").body("{\"title\":").build();
        assertThatThrownBy(() -> bad.json(Book.class)).isInstanceOf(BadRequest.class)
                .hasMessageStartingWith("malformed JSON for Book:").hasMessageContaining("line 1");
        HttpRequest wrongType = HttpRequest.builder("POST", "/").header("Content-Type", "application/json")
                .body("{\"title\":\"x\",\"year\":\"soon\"}").build();
        assertThatThrownBy(() -> wrongType.json(Book.class)).isInstanceOf(BadRequest.class);
        HttpRequest xml = HttpRequest.builder("POST", "/").header("Content-Type", "application/xml").body("<a/>").build();
        assertThatThrownBy(() -> xml.json(Book.class)).isInstanceOf(UnsupportedMediaType.class)
                .hasMessageContaining("application/xml");
        assertThatThrownBy(() -> HttpRequest.builder("POST", "/").build().json(Book.class))
                .isInstanceOf(BadRequest.class).hasMessageContaining("empty body");
    }

    @Test
    void multipartFieldsAndFiles() {
        String body = "preamble\r\n--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"title\"\r\n\r\nDune\r\n"
                + "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"scan\"; filename=\"../../etc/cover.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n\u0001\u0002PNG\r\n"
                + "--XyZ--\r\n";
        HttpRequest r = multipart("XyZ", body);
        assertThat(r.form().first("title")).contains("Dune");
        UploadedFile f = r.multipart().file("scan").orElseThrow();
        assertThat(f.contentType()).isEqualTo("image/png");
        assertThat(f.text()).isEqualTo("\u0001\u0002PNG");
        assertThat(f.safeFilename()).isEqualTo("cover.png");
    }

    @Test
    void malformedMultipartIsABadRequestNamingTheProblem() {
        assertThatThrownBy(() -> multipart("XyZ", "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue")
                .multipart()).isInstanceOf(BadRequest.class).hasMessageContaining("has no closing boundary");
        assertThatThrownBy(() -> multipart("XyZ", "--XyZ\r\nContent-Disposition: form-data; name=\"a\"")
                .multipart()).isInstanceOf(BadRequest.class).hasMessageContaining("headers never end");
        assertThatThrownBy(() -> multipart("XyZ", "nothing here").multipart())
                .isInstanceOf(BadRequest.class).hasMessageContaining("never appears");
        assertThatThrownBy(() -> multipart("XyZ", "--XyZ\r\nContent-Disposition: form-data\r\n\r\nx\r\n--XyZ--")
                .multipart()).isInstanceOf(BadRequest.class).hasMessageContaining("has no name");
        assertThatThrownBy(() -> multipart("XyZ", "--XyZ\r\nX-Other: 1\r\n\r\nx\r\n--XyZ--")
                .multipart()).isInstanceOf(BadRequest.class).hasMessageContaining("no Content-Disposition");
        assertThatThrownBy(() -> HttpRequest.builder("POST", "/").header("Content-Type", "multipart/form-data")
                .body("x").build().multipart()).isInstanceOf(BadRequest.class).hasMessageContaining("without a boundary");
        String tooMany = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n".repeat(101) + "--b--";
        assertThatThrownBy(() -> multipart("b", tooMany).multipart())
                .isInstanceOf(BadRequest.class).hasMessage("too many multipart parts: more than 100");
        assertThatThrownBy(() -> HttpRequest.builder("POST", "/").body("x").build().multipart())
                .isInstanceOf(UnsupportedMediaType.class);
    }

    @Test
    void boundaryNearMissesStayCheap() {
        String boundary = "b".repeat(70);
        String nearMiss = "\r\n--" + "b".repeat(69) + "x";
        StringBuilder body = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n");
        body.append(nearMiss.repeat(100_000)).append("\r\n--").append(boundary).append("--");
        long t0 = System.nanoTime();
        MultipartForm form = MultipartParser.parse(body.toString().getBytes(StandardCharsets.ISO_8859_1), boundary, 10, 8192);
        assertThat(form.fields().first("a").orElseThrow()).hasSize(nearMiss.length() * 100_000);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - t0)).isLessThan(java.time.Duration.ofSeconds(2));
    }

    @Test
    void cookiesParseLeniently() {
        Map<String, String> c = Cookies.parse("a=1; b=\"two\"; junk; =x; a=ignored; c=");
        assertThat(c).containsExactly(Map.entry("a", "1"), Map.entry("b", "two"), Map.entry("c", ""));
    }

    @Test
    void setCookieRendersAndRejectsInjection() {
        assertThat(SetCookie.of("theme", "dark").secure(true).render())
                .isEqualTo("theme=dark; Path=/; Secure; HttpOnly; SameSite=Lax");
        assertThat(SetCookie.delete("theme").render()).contains("Max-Age=0");
        assertThatThrownBy(() -> SetCookie.of("a", "x;y")).hasMessageContaining("not allowed in a cookie");
        assertThatThrownBy(() -> HttpResponse.text("x").withHeader("X-A", "a\r\nSet-Cookie: b"))
                .hasMessageContaining("CR or LF");
    }

    @Test
    void redirectsRefuseScriptUrls() {
        assertThat(Redirect.to("/next/").header("Location")).contains("/next/");
        assertThat(Redirect.to("https://example.com/").status()).isEqualTo(302);
        assertThatThrownBy(() -> Redirect.to("javascript:alert(1)")).hasMessageContaining("'javascript:'");
        assertThatThrownBy(() -> Redirect.to("/x", 200)).hasMessageContaining("301, 302, 303, 307 or 308");
    }

    @Test
    void fileRanges() {
        assertThat(ByteRanges.parse("bytes=0-9", 100)).isEqualTo(partial(0, 9));
        assertThat(ByteRanges.parse("bytes=90-", 100)).isEqualTo(partial(90, 99));
        assertThat(ByteRanges.parse("bytes=-10", 100)).isEqualTo(partial(90, 99));
        assertThat(ByteRanges.parse("bytes=50-500", 100)).isEqualTo(partial(50, 99));
        assertThat(ByteRanges.parse("bytes=100-", 100)).isInstanceOf(ByteRanges.Unsatisfiable.class);
        assertThat(ByteRanges.parse("items=0-1", 100)).isInstanceOf(ByteRanges.Ignored.class);
        assertThat(ByteRanges.parse("bytes=a-b", 100)).isInstanceOf(ByteRanges.Ignored.class);
    }

    static ByteRanges.Partial partial(long... bounds) {
        List<ByteRanges.Range> ranges = new java.util.ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            ranges.add(new ByteRanges.Range(bounds[i], bounds[i + 1]));
        }
        return new ByteRanges.Partial(ranges);
    }

    @Test
    void requestCopiesKeepParsedState() {
        HttpRequest r = HttpRequest.builder("GET", "/x/?a=1").header("Cookie", "s=1").build();
        HttpRequest copy = r.withUser(User.ANONYMOUS).withPathParams(Map.of("id", 3));
        assertThat(copy.query().first("a")).contains("1");
        assertThat(copy.cookie("s")).contains("1");
        assertThat(copy.pathParam("id", Integer.class)).isEqualTo(3);
        assertThatThrownBy(() -> copy.pathParam("id", String.class)).hasMessageContaining("is a Integer, not a String");
        assertThatThrownBy(() -> copy.pathParam("nope", String.class)).hasMessageContaining("no path argument 'nope'");
        assertThatThrownBy(copy::session).hasMessageContaining("SessionMiddleware");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEmpty();
        assertThat(List.of(r.absoluteUri().toString())).containsExactly("http://localhost/x/?a=1");
    }
}
