package com.lawfirm.kit.problem;

/** A command or query names a field whose value is not acceptable: answered 400, naming the field. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
