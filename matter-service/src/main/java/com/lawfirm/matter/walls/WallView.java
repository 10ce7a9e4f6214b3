package com.lawfirm.matter.walls;

import com.lawfirm.events.matter.WallSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A wall and how often it has been tried. */
public class WallView {

    public String wallId;
    public String matterId;
    public String inquiryId;
    public List<String> screened = new ArrayList<>();
    public WallSource source;
    public String reason;
    public String erectedBy;
    public LocalDate erectedOn;
    public int deniedAttempts;
}
