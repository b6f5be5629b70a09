package dev.jango.test.db;

import dev.jango.db.Db;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.Queries;
import dev.jango.db.connection.QueryLog;
import dev.jango.db.connection.Vendor;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/**
 * One run of a {@link BackendTest} method on one backend: prepares fresh tables before it, injects the
 * {@link Database}, binds it as {@code Db.database()} around the method, and releases per-test resources after.
 */
final class BackendInvocation implements TestTemplateInvocationContext {
    private final Vendor vendor;
    private final String methodName;

    BackendInvocation(Vendor vendor, String methodName) {
        this.vendor = vendor;
        this.methodName = methodName;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        return "[" + vendor.label() + "] " + methodName;
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(new PerTest(vendor));
    }

    /** The per-invocation callbacks; the prepared database is kept in the invocation's store. */
    private record PerTest(Vendor vendor)
            implements BeforeEachCallback, AfterEachCallback, ParameterResolver, InvocationInterceptor {

        @Override
        public void beforeEach(ExtensionContext context) throws Exception {
            BackendSession session = BackendSession.of(context, vendor);
            Database db = session.prepareTest(context.getRequiredTestMethod().getName());
            context.getStore(DatabaseExtension.NAMESPACE).put(Database.class, db);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            Database db = context.getStore(DatabaseExtension.NAMESPACE).remove(Database.class, Database.class);
            if (db != null) {
                BackendSession.of(context, vendor).finishTest(db);
            }
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Database.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return database(context);
        }

        @Override
        public void interceptTestTemplateMethod(Invocation<Void> invocation,
                                                ReflectiveInvocationContext<Method> invocationContext,
                                                ExtensionContext context) throws Throwable {
            Throwable[] failure = new Throwable[1];
            QueryLog log = new QueryLog();
            Db.using(database(context), () -> Queries.scope(log, () -> {
                try {
                    invocation.proceed();
                } catch (Throwable t) {
                    failure[0] = t;
                }
                return null;
            }));
            if (failure[0] != null) {
                throw failure[0];
            }
            NPlusOneCheck.check(log, threshold(context));
        }

        private static int threshold(ExtensionContext context) {
            for (Class<?> c = context.getRequiredTestClass(); c != null; c = c.getEnclosingClass()) {
                DatabaseTest settings = c.getAnnotation(DatabaseTest.class);
                if (settings != null) {
                    return settings.nPlusOneThreshold();
                }
            }
            return 5;
        }

        private static Database database(ExtensionContext context) {
            Database db = context.getStore(DatabaseExtension.NAMESPACE).get(Database.class, Database.class);
            if (db == null) {
                throw new IllegalStateException("no test database prepared for " + context.getDisplayName());
            }
            return db;
        }
    }
}
