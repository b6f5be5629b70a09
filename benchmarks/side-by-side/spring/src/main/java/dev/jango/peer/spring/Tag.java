package dev.jango.peer.spring;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "tag")
public class Tag {
    @Id
    private Long id;
    private String name;

    public Long getId() { return id; }
    public String getName() { return name; }
}
