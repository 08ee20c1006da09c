using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace ServiceMedical.Analytics.Scheduling.Subscriptions;

/// <summary>One subscribed dossier as an e-mail, and its sending through the configured SMTP server with MailKit.</summary>
public sealed class DossierMail(MailOptions options)
{
    /// <summary>The message: the subject names the page, the scope and the edition; the PDF attached, or linked when too large.</summary>
    public MimeMessage Compose(string to, string subject, string text, string fileName, byte[] pdf, string? link)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        var body = new BodyBuilder { TextBody = text };
        if (link is null)
        {
            body.Attachments.Add(fileName, pdf, new ContentType("application", "pdf"));
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>
    /// Sends the message and says how it went: <see cref="DeliveryStatus.Sent"/> with the server's answer;
    /// <see cref="DeliveryStatus.Refused"/> when the server refused this recipient or message for good (5xx: an unknown
    /// recipient, a message too large); <see cref="DeliveryStatus.Failed"/> for what a later try may not meet (4xx, a server away, a timeout).
    /// </summary>
    public (string Status, string Answer) Send(MimeMessage message)
    {
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        try
        {
            client.Connect(options.Host ?? throw new InvalidOperationException("Mail:Host is not set."), options.Port, Enum.Parse<SecureSocketOptions>(options.Security, ignoreCase: true));
            if (!string.IsNullOrEmpty(options.UserName))
            {
                client.Authenticate(options.UserName, options.Password ?? "");
            }

            var answer = client.Send(message);
            // Taken: whatever happens while saying goodbye, it must not be sent again.
            try
            {
                client.Disconnect(quit: true);
            }
            catch (Exception e) when (e is IOException or SocketException or TimeoutException or OperationCanceledException or SmtpProtocolException)
            {
                // The server has the message already.
            }

            // MailKit gives the text of the server's final answer, whose code is 250 when the message is taken.
            return (DeliveryStatus.Sent, $"250 {answer}");
        }
        catch (SmtpCommandException e)
        {
            // Final only when the server refuses this recipient or this message; a 5xx on connecting, on STARTTLS or on
            // the sender (530, relaying denied) is the server's set-up, to be fixed and tried again.
            var answer = $"{(int)e.StatusCode} {e.Message}";
            var final = (int)e.StatusCode >= 500 && e.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted;
            return (final ? DeliveryStatus.Refused : DeliveryStatus.Failed, answer);
        }
        catch (Exception e) when (e is SmtpProtocolException or IOException or SocketException or TimeoutException or OperationCanceledException
                                      or ServiceNotConnectedException or AuthenticationException or SslHandshakeException)
        {
            return (DeliveryStatus.Failed, e.Message);
        }
    }
}
