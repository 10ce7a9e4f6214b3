package com.lawfirm.matter.staff;

import com.lawfirm.events.matter.DisclosureKind;
import com.lawfirm.events.matter.StaffRole;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The staff directory's read model. */
public class StaffView {

    public record Disclosure(DisclosureKind kind, String name, String relationship) {
    }

    public String staffId;
    public String name;
    public String login;
    public StaffRole role;
    public List<String> practiceAreas = new ArrayList<>();
    public List<String> expertise = new ArrayList<>();
    public String licenceNumber;
    public LocalDate joinedOn;
    public List<Disclosure> disclosures = new ArrayList<>();
}
