package com.lawfirm.events.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field holding a data subject's personal information (PIPL 个人信息). It is stored and published encrypted with
 * that subject's own key; once the key is destroyed (erasure, 删除) every reader sees {@link #ERASED} for text, an
 * empty list for lists and nothing for other values, while the rest of the event still reads as before.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface PersonalData {

    /** What an erased text field reads as, everywhere: read models, exports, replays. */
    String ERASED = "〔已删除 erased〕";

    /**
     * The component that names the data subject: of this record or, for a nested record, of the nearest enclosing
     * one that has it. Several are tried in order, the first with a value wins (a client's id, else the engagement's
     * for a prospect never registered). With no subject at all the field is kept as it is.
     */
    String[] subject();

    /** Only when this record's component has this value, as {@code role=CLIENT}; blank for always. */
    String onlyIf() default "";
}
