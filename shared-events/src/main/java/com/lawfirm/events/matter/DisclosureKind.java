package com.lawfirm.events.matter;

/** What a staff member disclosed: a client they acted for before joining, or a close relative. */
public enum DisclosureKind { PRIOR_CLIENT, RELATIVE }
