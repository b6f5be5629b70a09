package dev.jango.db.orm.deletion;

import dev.jango.db.model.*;

/** An artist's one-to-one profile: goes with its artist (CASCADE through a one-to-one). */
@Model(table = "del_profile")
public class Profile extends Entity {
    @Id public long id;
    @Char(max = 40) public String bio;
    @OneToOne(onDelete = OnDelete.CASCADE, relatedName = "profile") public Ref<Artist> artist;

    public static final Manager<Profile> objects = Manager.of(Profile.class);
}
