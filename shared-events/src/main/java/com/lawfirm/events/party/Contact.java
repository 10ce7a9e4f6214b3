package com.lawfirm.events.party;

/** A way to reach a person or organisation: a phone number, an e-mail address, a postal address, a messenger id. */
public record Contact(ContactKind kind, String value, String label) {

    public enum ContactKind { PHONE, EMAIL, ADDRESS, MESSENGER, OTHER }
}
