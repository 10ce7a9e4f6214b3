package com.lawfirm.notification.delivery;

/** A way out of the firm (e-mail, webhook): it can send a logged delivery again once it was given up on. */
public interface Channel {

    String name();

    void resend(DeliveryView delivery);
}
