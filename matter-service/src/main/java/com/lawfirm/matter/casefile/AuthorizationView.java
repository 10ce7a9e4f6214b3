package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.AnswerChannel;
import com.lawfirm.events.matter.AuthorizationDecision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One client authorisation as staff see it: PENDING, APPROVED, DECLINED, then USED once acted on. */
public class AuthorizationView {

    public String authorizationId;
    public String matterId;
    public AuthorizationDecision decision;
    public String question;
    public List<String> options = new ArrayList<>();
    public String recommendation;
    public String requestedBy;
    public LocalDate requestedOn;
    public String status;
    public String chosenOption;
    public AnswerChannel channel;
    public String evidenceReference;
    public LocalDate answeredOn;
    public String action;
    public LocalDate actionTakenOn;
}
