package dev.jango.peer.spring;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "country")
public class Country {
    @Id
    private Long id;
    private String name;
    private String code;

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getCode() { return code; }
}
