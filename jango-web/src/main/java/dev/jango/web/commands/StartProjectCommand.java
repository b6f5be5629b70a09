package dev.jango.web.commands;

import dev.jango.cli.Project;
import dev.jango.cli.spi.NoDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code manage startproject NAME [--package P] [--directory DIR]}: writes a new Maven project — a
 * {@code ProjectDefinition} with settings, one app ({@code home}) with a template, and a {@code manage} launcher —
 * that builds with {@code mvn package} and runs {@code ./manage check} as generated.
 *
 * <pre>{@code
 * $ ./manage startproject bookshop --package com.example.bookshop
 * $ cd bookshop && ./manage check
 * }</pre>
 */
@Command(name = "startproject", description = "Creates a new Jango project in a new folder.")
public final class StartProjectCommand implements Callable<Integer>, NoDatabase {
    /** The Jango version generated projects depend on: this build's own. */
    public static final String JANGO_VERSION = "0.1.0-SNAPSHOT";

    private final Project project;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "Project name: lower case letters, digits and underscores.")
    String name;

    @Option(names = "--package", description = "Java package (default: the name).")
    String javaPackage;

    @Option(names = "--directory", description = "Parent folder (default: the current project's folder).")
    Path directory;

    public StartProjectCommand(Project project) {
        this.project = project;
    }

    @Override
    public Integer call() {
        Path parent = directory != null ? directory : project.baseDir();
        Path root = ProjectFiles.write(parent, name, javaPackage != null ? javaPackage : name);
        spec.commandLine().getOut().println("Created project '" + name + "' in " + root
                + System.lineSeparator() + "Next: cd " + root + " && ./manage check");
        return 0;
    }

    /** Writes {@code files} (relative path → content) under {@code root}; {@code manage} becomes executable. */
    static void writeAll(Path root, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path target = root.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, e.getValue());
                if (e.getKey().equals("manage")) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the project in " + root + ": " + e.getMessage(), e);
        }
    }
}
