package dev.jango.web.commands;

import java.util.List;

/**
 * Adds system checks from a module that is not an app (contrib modules, the migrations module through an adapter).
 * Found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/dev.jango.web.commands.CheckProvider}.
 *
 * <pre>{@code
 * public final class AdminChecks implements CheckProvider {
 *     public List<Check> checks() { return List.of(reg -> ...); }
 * }
 * }</pre>
 */
public interface CheckProvider {
    List<Check> checks();
}
