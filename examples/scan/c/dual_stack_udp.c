/* A UDP status responder: one dual-stack socket for IPv4 and IPv6, exclusive. */
#include <winsock2.h>
#include <ws2tcpip.h>

static const int STATUS_PORT = 5683;

static void make_exclusive(SOCKET s)
{
    int on = 1;
    setsockopt(s, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, (const char *)&on, sizeof on);
}

SOCKET open_status_socket(void)
{
    SOCKET s = WSASocketW(AF_INET6, SOCK_DGRAM, IPPROTO_UDP, NULL, 0, WSA_FLAG_OVERLAPPED);
    DWORD v6only = 0;
    struct sockaddr_in6 sa6 = {0};

    make_exclusive(s);
    setsockopt(s, IPPROTO_IPV6, IPV6_V6ONLY, (const char *)&v6only, sizeof v6only);
    sa6.sin6_family = AF_INET6;
    sa6.sin6_addr = in6addr_any;
    sa6.sin6_port = htons(STATUS_PORT);
    bind(s, (struct sockaddr *)&sa6, sizeof sa6);
    return s;
}

/* A client: sends a probe to the responder, never binds. */
int probe(const char *host)
{
    SOCKET c = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in to;
    to.sin_family = AF_INET;
    to.sin_port = htons(STATUS_PORT);
    inet_pton(AF_INET, host, &to.sin_addr);
    connect(c, (struct sockaddr *)&to, sizeof to);
    return send(c, "ping", 4, 0);
}

/* Loopback-only admin port, bound by a caller's socket. */
int bind_admin(SOCKET s)
{
    struct sockaddr_in a;
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(9901);
    return bind(s, (struct sockaddr *)&a, sizeof a);
}
