using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

// An ASP.NET Core app on Kestrel, plus an HttpListener status page on HTTP.sys.
public static class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.ListenAnyIP(8080);
            options.Listen(IPAddress.Loopback, 8081);
            options.ListenLocalhost(8082);
        });
        builder.WebHost.UseUrls("http://*:5005");
        var app = builder.Build();
        app.MapGet("/", () => "options.Listen(IPAddress.Any, 80)");
        StartStatusPage();
        app.Run();
    }

    private static void StartStatusPage()
    {
        var status = new HttpListener();
        status.Prefixes.Add("http://+:9090/status/");
        status.Start();
    }

    private static void Health(Config config)
    {
        /* options.Listen(IPAddress.Any, 9999); */
        var health = new HttpListener();
        health.Prefixes.Add(config.HealthPrefix);
        health.Start();
    }
}
