package com.lawfirm.events.party;

/** A party's role on a matter: the client, an adverse party, or a related party (关联方). */
public enum PartyRole { CLIENT, ADVERSE, RELATED }
