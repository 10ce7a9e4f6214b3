package com.lawfirm.events.party;

import java.time.LocalDate;

/** A name a party used to carry (曾用名), with the day it stopped being used when known. */
public record FormerName(String name, LocalDate until) {
}
