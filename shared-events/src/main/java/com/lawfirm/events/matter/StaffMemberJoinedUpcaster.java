package com.lawfirm.events.matter;

import com.lawfirm.events.AddedFieldsUpcaster;

/**
 * Revision 1 of {@link StaffMemberJoined} had no login: members who joined then have none until one is given, and
 * so see no matter (rather than one by accident).
 */
public class StaffMemberJoinedUpcaster extends AddedFieldsUpcaster {

    public StaffMemberJoinedUpcaster() {
        super(StaffMemberJoined.class, "1", "2", "login");
    }
}
