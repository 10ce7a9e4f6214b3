package com.lawfirm.kit.problem;

/** The addressed record does not exist, or the caller may not know that it does: answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " not found");
    }
}
