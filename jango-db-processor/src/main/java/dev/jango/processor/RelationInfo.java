package dev.jango.processor;

/**
 * The relation side of a {@code Ref} field ({@code @ForeignKey} or {@code @OneToOne}).
 *
 * @param oneToOne     {@code @OneToOne} (unique column)
 * @param target       the related model's canonical name
 * @param targetMeta   the related metamodel's canonical name ({@code a.AuthorMeta})
 * @param targetConst  the related metamodel's singleton ({@code AUTHOR})
 * @param onDelete     the {@code OnDelete} constant name
 * @param relatedName  the reverse accessor's name on the target
 */
record RelationInfo(boolean oneToOne, String target, String targetMeta, String targetConst, String onDelete,
        String relatedName) {

    /** The lazy supplier of the target metamodel, as source. */
    String targetSupplier() {
        return "() -> " + targetMeta + "." + targetConst;
    }
}
