package dev.jango.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Generates {@code <Model>Meta} for every {@code @Model} class: the typed metamodel ({@code BookMeta.BOOK}, one
 * descriptor per field) and a straight-line row mapper, so nothing reads models by reflection at run time.
 * A malformed model is a compile error on the offending class or field, naming both.
 *
 * <p>Registered as a service: putting {@code jango-db-processor} on the compiler's processor path is enough.
 * <pre>{@code
 * @Model public class Book extends Entity { @Id public long id; @Char(max = 200) public String title; }
 * // generates BookMeta with BookMeta.BOOK.title, a StringField<Book>
 * }</pre>
 */
public final class ModelProcessor extends AbstractProcessor {
    private ModelAnalyzer analyzer;
    private Problems problems;

    /** Creates the processor; javac instantiates it through the service registration. */
    public ModelProcessor() {
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        Annotations ann = new Annotations(env.getElementUtils());
        problems = new Problems(env.getMessager());
        analyzer = new ModelAnalyzer(ann, env.getTypeUtils(), env.getElementUtils(), problems);
    }

    // The field annotations are claimed too: they mean nothing without @Model, and claiming them keeps
    // -Xlint:processing quiet about unclaimed annotations in model sources.
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("dev.jango.db.model.*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement model = processingEnv.getElementUtils().getTypeElement(Annotations.MODEL);
        if (model == null) {
            return false;
        }
        java.util.Map<String, ModelInfo> valid = new java.util.LinkedHashMap<>();
        java.util.Map<String, TypeElement> origins = new java.util.HashMap<>();
        for (Element element : round.getElementsAnnotatedWith(model)) {
            if (element instanceof TypeElement type) {
                analyzer.analyze(type).ifPresent(info -> {
                    valid.put(info.typeName(), info);
                    origins.put(info.typeName(), type);
                });
            } else {
                problems.model(element, element.getSimpleName().toString(), "@Model applies to classes");
            }
        }
        Reverses.add(valid, origins, problems);
        valid.forEach((name, info) -> generate(info, origins.get(name)));
        return true;
    }

    private void generate(ModelInfo info, TypeElement origin) {
        String name = info.packageName().isEmpty() ? info.metaName() : info.packageName() + "." + info.metaName();
        try {
            JavaFileObject file = processingEnv.getFiler().createSourceFile(name, origin);
            try (Writer out = file.openWriter()) {
                out.write(MetaWriter.write(info));
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "Jango model " + info.simpleName() + ": cannot write " + name + ": " + e.getMessage(), origin);
        }
    }
}
