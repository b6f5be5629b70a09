package dev.jango.web.middleware;

import dev.jango.db.model.Char;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Id;
import dev.jango.db.model.Indexed;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;
import dev.jango.db.model.Text;
import dev.jango.db.model.Unique;
import java.time.Instant;

/**
 * One stored session of {@link DatabaseSessionBackend}: the random key the cookie carries, the JSON data and when
 * it expires. The table ({@code jango_session}) comes from the sessions app's migration.
 *
 * <pre>{@code
 * SessionRecord.objects.filter("expireDate__lt", Instant.now()).delete();   // clearsessions
 * }</pre>
 */
@Model(table = "jango_session")
public class SessionRecord extends Entity {
    @Id public long id;
    @Char(max = 64) @Unique public String sessionKey;
    @Text public String sessionData;
    @Indexed public Instant expireDate;

    /** The manager. */
    public static final Manager<SessionRecord> objects = Manager.of(SessionRecord.class);
}
