/**
 * File storage for uploads: the {@link dev.jango.web.forms.storage.Storage} SPI and a local file-system
 * implementation that refuses path traversal and never overwrites.
 *
 * <pre>{@code
 * Storage media = new FileSystemStorage(Path.of("media"), "/media/");
 * String name = media.save("covers/dune.png", in);
 * }</pre>
 */
package dev.jango.web.forms.storage;
