package dev.jango.web.dbtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.connection.Database;
import dev.jango.db.model.Manager;
import dev.jango.web.forms.BoundForm;
import dev.jango.web.forms.ModelForm;
import dev.jango.web.http.HttpRequest;
import dev.jango.web.middleware.CsrfMiddleware;
import dev.jango.web.routing.Router;
import dev.jango.web.routing.Routes;
import dev.jango.web.server.Dispatcher;
import dev.jango.web.test.TestClient;
import dev.jango.web.test.TestResponse;
import dev.jango.web.views.CreateView;
import dev.jango.web.views.DeleteView;
import dev.jango.web.views.MethodView;
import dev.jango.web.views.TemplateRenderer;
import dev.jango.web.views.UpdateView;
import dev.jango.test.db.BackendTest;
import dev.jango.test.db.DatabaseTest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** CreateView, UpdateView and DeleteView through the test client, CSRF on, against real databases. */
// Re-reads one label by id after each request to check what was saved: repeated on purpose, not an N+1.
@DatabaseTest(models = Label.class, nPlusOneThreshold = 0)
class EditViewsDatabaseTest {
    static final ModelForm<Label> FORM = ModelForm.of(LabelMeta.LABEL).fields("name");
    // The renderer shows the template name, the object and the form, so assertions see what a template would get;
    // it ends with the CSRF token, as a form's csrf_input() would, so the page sets the cookie the POST echoes.
    static final TemplateRenderer RENDERER = (name, ctx, req) -> name + "|object=" + (ctx.get("object") instanceof Label l
            ? l.name : "-") + "|" + (ctx.get("form") instanceof BoundForm f ? f.asDiv() : "")
            + "|csrf=" + CsrfMiddleware.token(req);

    final AtomicReference<Router> router = new AtomicReference<>();

    static Optional<Label> byId(HttpRequest r) {
        return Label.objects.filter("id", r.pathParam("id", Long.class)).first();
    }

    final class Create extends CreateView<Label> {
        Create() { super(RENDERER); }
        protected String templateName() { return "labels/form.html"; }
        protected ModelForm<Label> modelForm() { return FORM; }
        protected String successUrl(HttpRequest r, Label saved) { return router.get().reverse("label-edit", saved.id); }
    }

    final class Update extends UpdateView<Label> {
        Update() { super(RENDERER); }
        protected String templateName() { return "labels/form.html"; }
        protected ModelForm<Label> modelForm() { return FORM; }
        protected Optional<Label> object(HttpRequest r) { return byId(r); }
        protected String successUrl(HttpRequest r, Label saved) { return "/labels/" + saved.id + "/done/"; }
    }

    final class Delete extends DeleteView<Label> {
        Delete() { super(RENDERER); }
        protected String templateName() { return "labels/confirm_delete.html"; }
        protected Manager<Label> manager() { return Label.objects; }
        protected Optional<Label> object(HttpRequest r) { return byId(r); }
        protected String successUrl(HttpRequest r, Label deleted) { return router.get().reverse("label-create"); }
    }

    TestClient client() {
        router.set(Router.of(
                Routes.path("labels/new/", MethodView.asView(Create::new), "label-create"),
                Routes.path("labels/<long:id>/", MethodView.asView(Update::new), "label-edit"),
                Routes.path("labels/<long:id>/delete/", MethodView.asView(Delete::new), "label-delete")));
        return new TestClient(Dispatcher.builder().router(router.get())
                .middleware(new CsrfMiddleware(CsrfMiddleware.Config.defaults())).build()).followRedirects(false);
    }

    @BackendTest
    void createRendersThenSavesAndRedirectsToTheReversedRoute(Database db) {
        TestClient c = client();
        TestResponse form = c.get("/labels/new/");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).startsWith("labels/form.html|object=-|").contains("name=\"name\"");
        TestResponse saved = c.post("/labels/new/", Map.of("name", "urgent"));
        Label label = Label.objects.all().first().orElseThrow();
        assertThat(label.name).isEqualTo("urgent");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).contains("/labels/" + label.id + "/");
    }

    @BackendTest
    void invalidPostRerendersWithErrorsAndSavesNothing(Database db) {
        TestClient c = client();
        c.get("/labels/new/");
        TestResponse r = c.post("/labels/new/", Map.of("name", ""));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("This field is required.");
        assertThat(Label.objects.all().count()).isZero();
    }

    @BackendTest
    void uniqueClashIsAFormErrorNotA500(Database db) {
        Label.objects.create(l -> l.name = "urgent");
        TestClient c = client();
        c.get("/labels/new/");
        TestResponse r = c.post("/labels/new/", Map.of("name", "urgent"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).containsIgnoringCase("already exists");
        assertThat(Label.objects.all().count()).isEqualTo(1);
    }

    @BackendTest
    void postWithoutCsrfTokenIsRejected(Database db) {
        TestClient c = client();
        c.get("/labels/new/");
        TestResponse r = c.sendCsrfToken(false).post("/labels/new/", Map.of("name", "urgent"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.text()).contains("CSRF verification failed");
        assertThat(Label.objects.all().count()).isZero();
    }

    @BackendTest
    void updateShowsCurrentValuesSavesAndKeepsItsOwnUniqueValue(Database db) {
        Label label = Label.objects.create(l -> l.name = "urgent");
        Label.objects.create(l -> l.name = "later");
        TestClient c = client();
        TestResponse form = c.get("/labels/" + label.id + "/");
        assertThat(form.text()).contains("object=urgent").contains("value=\"urgent\"");
        assertThat(c.post("/labels/" + label.id + "/", Map.of("name", "urgent")).status()).isEqualTo(302);
        TestResponse clash = c.post("/labels/" + label.id + "/", Map.of("name", "later"));
        assertThat(clash.status()).isEqualTo(200);
        assertThat(clash.text()).containsIgnoringCase("already exists");
        TestResponse ok = c.post("/labels/" + label.id + "/", Map.of("name", "soon"));
        assertThat(ok.header("Location")).contains("/labels/" + label.id + "/done/");
        assertThat(Label.objects.filter("id", label.id).first().orElseThrow().name).isEqualTo("soon");
    }

    @BackendTest
    void deleteConfirmsOnGetDeletesOnPost(Database db) {
        Label label = Label.objects.create(l -> l.name = "urgent");
        TestClient c = client();
        TestResponse confirm = c.get("/labels/" + label.id + "/delete/");
        assertThat(confirm.text()).startsWith("labels/confirm_delete.html|object=urgent");
        assertThat(Label.objects.all().count()).isEqualTo(1);
        TestResponse done = c.post("/labels/" + label.id + "/delete/", Map.of());
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.header("Location")).contains("/labels/new/");
        assertThat(Label.objects.all().count()).isZero();
    }

    @BackendTest
    void missingObjectIs404ForUpdateAndDelete(Database db) {
        TestClient c = client();
        c.get("/labels/new/");
        assertThat(c.get("/labels/999/").status()).isEqualTo(404);
        assertThat(c.post("/labels/999/", Map.of("name", "x")).status()).isEqualTo(404);
        assertThat(c.get("/labels/999/delete/").status()).isEqualTo(404);
        assertThat(c.post("/labels/999/delete/", Map.of()).status()).isEqualTo(404);
    }
}
