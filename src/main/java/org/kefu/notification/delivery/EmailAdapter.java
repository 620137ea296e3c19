package org.kefu.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.kefu.notification.NotificationChannel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** E-mail over SMTP (spring.mail.*): subject and plain-text body, UTF-8. */
@Component
class EmailAdapter implements ChannelAdapter {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationSettings settings;

    EmailAdapter(ObjectProvider<JavaMailSender> mailSender, NotificationSettings settings) {
        this.mailSender = mailSender;
        this.settings = settings;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public SendOutcome send(QueuedMessage message, RenderedMessage rendered) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || sender instanceof JavaMailSenderImpl impl && (impl.getHost() == null
                || impl.getHost().isBlank())) {
            return new SendOutcome.Retry("no SMTP server configured (spring.mail.host)");
        }
        MimeMessage mime = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(settings.mailFrom());
            helper.setTo(message.recipient());
            helper.setSubject(rendered.subject());
            helper.setText(rendered.body(), false);
        } catch (MessagingException | MailParseException | MailPreparationException e) {
            return new SendOutcome.Failed("invalid e-mail address or content");
        }
        // Exception texts name the address, so only fixed reasons are kept.
        try {
            sender.send(mime);
            return new SendOutcome.Sent(false);
        } catch (MailParseException | MailPreparationException e) {
            return new SendOutcome.Failed("invalid e-mail address or content");
        } catch (MailAuthenticationException e) {
            return new SendOutcome.Retry("SMTP authentication failed");
        } catch (MailException e) {
            return new SendOutcome.Retry("SMTP server unavailable or refused the message");
        }
    }
}
