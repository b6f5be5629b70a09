package dev.jango.web.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.web.http.BadRequest;
import dev.jango.web.http.Http404;
import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.User;
import dev.jango.web.middleware.UserMiddleware;
import dev.jango.web.routing.Router;
import dev.jango.web.routing.Routes;
import dev.jango.web.server.Dispatcher;
import dev.jango.web.test.TestClient;
import dev.jango.web.test.TestResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ViewsTest {

    static final class BookEdit extends MethodView implements PermissionRequired {
        private int calls; // per-request state: a fresh instance per request

        @Override
        public Set<String> permissionRequired() {
            return Set.of("books.change_book");
        }

        @Override
        public HttpResponse get(HttpRequest r) {
            calls++;
            return HttpResponse.text("edit " + r.pathParam("id", Integer.class) + " calls=" + calls);
        }

        @Override
        public HttpResponse post(HttpRequest r) {
            return HttpResponse.text("saved");
        }

        @Override
        protected List<ViewDecorator> decorators() {
            return List.of(v -> req -> v.handle(req).withHeader("X-Decorated", "yes"));
        }
    }

    static final class ApiOnly extends MethodView implements LoginRequired {
        @Override
        public boolean raiseException() {
            return true;
        }

        @Override
        public HttpResponse delete(HttpRequest r) {
            return HttpResponse.status(204);
        }
    }

    static final class StaffOnly extends MethodView implements UserPassesTest {
        @Override
        public boolean testFunc(HttpRequest r) {
            return r.user().username().startsWith("staff");
        }

        @Override
        public HttpResponse get(HttpRequest r) {
            return HttpResponse.text("staff area");
        }
    }

    static final class About extends TemplateView {
        About(TemplateRenderer r) {
            super(r);
        }

        @Override
        protected String templateName() {
            return "about.html";
        }
    }

    static final class Numbers extends ListView<Integer> {
        private final boolean keyset;

        Numbers(TemplateRenderer r, boolean keyset) {
            super(r);
            this.keyset = keyset;
        }

        @Override
        protected String templateName() {
            return "numbers.html";
        }

        @Override
        protected int perPage() {
            return 10;
        }

        @Override
        protected boolean keyset() {
            return keyset;
        }

        @Override
        protected long count(HttpRequest r) {
            return 95;
        }

        @Override
        protected List<Integer> slice(HttpRequest r, long offset, int limit) {
            return IntStream.range((int) offset, (int) Math.min(95, offset + limit)).boxed().toList();
        }

        @Override
        protected List<Integer> after(HttpRequest r, Optional<String> key, int limit) {
            int from = key.map(k -> Integer.parseInt(k) + 1).orElse(0);
            return IntStream.range(from, Math.min(95, from + limit)).boxed().toList();
        }

        @Override
        protected String keyOf(Integer row) {
            return row.toString();
        }
    }

    static final class BookDetail extends DetailView<String> {
        BookDetail(TemplateRenderer r) {
            super(r);
        }

        @Override
        protected String templateName() {
            return "detail.html";
        }

        @Override
        protected Optional<String> object(HttpRequest r) {
            int id = r.pathParam("id", Integer.class);
            return id == 1 ? Optional.of("Dune") : Optional.empty();
        }
    }

    record Person(String username, Set<String> perms) implements User {
        public boolean isAuthenticated() {
            return true;
        }

        public boolean hasPermission(String p) {
            return perms.contains(p);
        }
    }

    static final TemplateRenderer RENDERER = (name, ctx, req) -> name + " " + new java.util.TreeMap<>(ctx);

    static TestClient client() {
        Router router = Router.of(
                Routes.path("books/<int:id>/edit/", MethodView.asView(BookEdit::new), "book-edit"),
                Routes.path("api/thing/", MethodView.asView(ApiOnly::new)),
                Routes.path("staff/", MethodView.asView(StaffOnly::new)),
                Routes.path("about/", MethodView.asView(() -> new About(RENDERER))),
                Routes.path("numbers/", MethodView.asView(() -> new Numbers(RENDERER, false))),
                Routes.path("cursor/", MethodView.asView(() -> new Numbers(RENDERER, true))),
                Routes.path("books/<int:id>/", MethodView.asView(() -> new BookDetail(RENDERER))),
                Routes.path("b/<int:id>/", RedirectView.to("/books/{id}/").permanent().withQueryString()),
                Routes.path("fn/", Decorators.requireMethods(r -> HttpResponse.text("fn"), "GET", "POST")));
        return new TestClient(Dispatcher.builder().router(router).middleware(new UserMiddleware(r -> r.header("X-User")
                .map(u -> new Person(u, u.equals("editor") || u.equals("staff-ed") ? Set.of("books.change_book") : Set.of()))))
                .build());
    }

    static TestResponse as(TestClient c, String user, String method, String path) {
        return c.request(method, path, user == null ? Map.of() : Map.of("X-User", user), null, null);
    }

    @Test
    void dispatchByMethodWith405AndAllow() {
        TestClient c = client();
        assertThat(as(c, "editor", "GET", "/books/3/edit/").text()).isEqualTo("edit 3 calls=1");
        assertThat(as(c, "editor", "GET", "/books/3/edit/").text()).isEqualTo("edit 3 calls=1");
        TestResponse put = as(c, "editor", "PUT", "/books/3/edit/");
        assertThat(put.status()).isEqualTo(405);
        assertThat(put.header("Allow")).contains("GET, HEAD, OPTIONS, POST");
        TestResponse options = as(c, "editor", "OPTIONS", "/books/3/edit/");
        assertThat(options.status()).isEqualTo(200);
        assertThat(options.header("Allow")).contains("GET, HEAD, OPTIONS, POST");
        assertThat(as(c, "editor", "HEAD", "/books/3/edit/").status()).isEqualTo(200);
        assertThat(as(c, null, "DELETE", "/fn/").header("Allow")).contains("GET, POST");
    }

    @Test
    void mixinsComposeInAFixedOrder() {
        TestClient c = client();
        TestResponse anon = as(c, null, "GET", "/books/3/edit/?x=1");
        assertThat(anon.status()).isEqualTo(302);
        assertThat(anon.header("Location")).contains("/accounts/login/?next=%2Fbooks%2F3%2Fedit%2F%3Fx%3D1");
        TestResponse noPerm = as(c, "reader", "GET", "/books/3/edit/");
        assertThat(noPerm.status()).isEqualTo(403);
        assertThat(noPerm.text()).contains("permission required: books.change_book");
        assertThat(as(c, "editor", "GET", "/books/3/edit/").header("X-Decorated")).contains("yes");
        assertThat(as(c, null, "DELETE", "/api/thing/").status()).isEqualTo(403);
        assertThat(as(c, "ann", "DELETE", "/api/thing/").status()).isEqualTo(204);
        assertThat(as(c, "ann", "GET", "/staff/").status()).isEqualTo(403);
        assertThat(as(c, "staff-ed", "GET", "/staff/").text()).isEqualTo("staff area");
    }

    @Test
    void genericViews() {
        TestClient c = client();
        assertThat(c.get("/about/").text()).isEqualTo("about.html {}");
        assertThat(c.get("/books/1/").text()).isEqualTo("detail.html {id=1, object=Dune}");
        TestResponse missing = c.get("/books/2/");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text()).contains("no book matches {id=2}");
        TestResponse redirect = c.get("/b/7/?ref=mail");
        assertThat(redirect.status()).isEqualTo(301);
        assertThat(redirect.header("Location")).contains("/books/7/?ref=mail");
    }

    @Test
    void pageNumberPagination() {
        TestClient c = client();
        assertThat(c.get("/numbers/?page=2").text()).contains("object_list=[10, 11, 12, 13, 14, 15, 16, 17, 18, 19]");
        assertThat(c.get("/numbers/?page=last").text()).contains("object_list=[90, 91, 92, 93, 94]");
        assertThat(c.get("/numbers/?page=11").status()).isEqualTo(404);
        assertThat(c.get("/numbers/?page=x").status()).isEqualTo(400);
        Page<Integer> p = Page.of("3", 10, () -> 95, (o, l) -> List.of());
        assertThat(p.pageCount()).isEqualTo(10);
        assertThat(p.hasNext()).isTrue();
        assertThat(p.hasPrevious()).isTrue();
    }

    @Test
    void keysetPagination() {
        KeysetPage<Integer> first = KeysetPage.of(Optional.empty(), 10,
                after -> IntStream.range(0, 11).boxed().toList(), Object::toString);
        assertThat(first.items()).hasSize(10);
        assertThat(first.nextCursor()).contains(KeysetPage.encode("9"));
        TestClient c = client();
        assertThat(c.get("/cursor/?cursor=" + KeysetPage.encode("89")).text())
                .contains("object_list=[90, 91, 92, 93, 94]").contains("nextCursor=Optional.empty");
        assertThatThrownBy(() -> KeysetPage.decode("***")).isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> Page.of("0", 10, () -> 5, (o, l) -> List.of())).isInstanceOf(Http404.class);
    }
}
