/**
 * Test models with hand-written metamodels, so that forms and checks are tested without the processor.
 *
 * <pre>{@code
 * BookMeta.BOOK.title.spec().maxLength();   // 20
 * }</pre>
 */
package dev.jango.web.testmodels;
