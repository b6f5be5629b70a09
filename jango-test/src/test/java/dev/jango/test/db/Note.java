package dev.jango.test.db;

import dev.jango.db.model.Entity;

/** A test model whose metamodel ({@link NoteMeta}) is written by hand, so the harness is tested without the processor. */
public class Note extends Entity {
    public long id;
    public String title;
}
