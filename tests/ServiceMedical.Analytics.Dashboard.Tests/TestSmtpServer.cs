using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ServiceMedical.Analytics.Dashboard.Tests;

/// <summary>
/// A real SMTP server in the test process, on a free loopback port: it keeps every message it accepts and refuses
/// (550) the recipients <see cref="Refuses"/> names, as a mail server refuses an unknown mailbox.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _running;
    private int _stopped;

    public TestSmtpServer(params string[] refused)
    {
        Refuses = refused;
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("smtp.test")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Inbox(Messages));
        services.Add(new DelegatingMailboxFilter((IMailbox to, IMailbox _) => !Refuses.Contains($"{to.User}@{to.Host}", StringComparer.OrdinalIgnoreCase)));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stopping.Token);
    }

    public int Port { get; }

    public IReadOnlyList<string> Refuses { get; }

    /// <summary>The messages accepted, in order.</summary>
    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    /// <summary>Stops the server (a test may stop it early, to play a server away); a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stopping.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Inbox(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
