package com.lawfirm.notification.email;

/** One e-mail to send: the delivery it belongs to, the address, and the rendered text. */
public record Email(String deliveryId, String to, String subject, String body) {
}
