package dev.jango.test.db;

import dev.jango.db.connection.Vendor;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link DatabaseTest}: expands each {@link BackendTest} method into one invocation per
 * backend. Registered by the annotation; not used directly.
 */
final class DatabaseExtension implements TestTemplateInvocationContextProvider {
    static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DatabaseExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> AnnotationSupport.isAnnotated(m, BackendTest.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        BackendTest backendTest = AnnotationSupport.findAnnotation(method, BackendTest.class).orElseThrow();
        List<Vendor> vendors = backendTest.only().length == 0 ? List.of(Vendor.values())
                : Arrays.stream(backendTest.only()).distinct().toList();
        String name = context.getDisplayName();
        return vendors.stream().map(v -> new BackendInvocation(v, name));
    }
}
