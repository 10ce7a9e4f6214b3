package com.lawfirm.matter.casefile;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One event on a matter's timeline, from any service: what happened, to which record, who did it and when.
 * {@code refs} are the lifecycle ids the event names (inquiry, conflict check, engagement, matter), which tie it to
 * the matter.
 */
public class TimelineEntry {

    public String eventId;
    public Instant at;
    public String service;
    public String event;
    public String aggregateType;
    public String aggregateId;
    public String userId;
    public List<String> refs = new ArrayList<>();
    /** The event's published type and revision, by which its sealed details are opened. */
    public String payloadType;
    public String revision;
    public JsonNode details;
}
