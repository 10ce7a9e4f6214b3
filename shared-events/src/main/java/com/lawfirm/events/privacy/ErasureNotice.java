package com.lawfirm.events.privacy;

import java.util.List;

/** An event telling that the keys of these data subjects were destroyed: every service forgets them on reading it. */
public interface ErasureNotice {

    List<String> erasedSubjects();
}
