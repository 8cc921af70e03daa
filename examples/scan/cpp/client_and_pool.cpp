// An HTTP client with a connection pool, and a helper that binds a socket the caller made.
#include <winsock2.h>
#include <ws2tcpip.h>
#include <vector>

class Pool {
public:
    SOCKET Connect(const sockaddr_in &to)
    {
        SOCKET c = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
        // Clients bind an ephemeral source port implicitly; nothing to audit.
        if (connect(c, reinterpret_cast<const sockaddr *>(&to), sizeof to) != 0) {
            closesocket(c);
            return INVALID_SOCKET;
        }
        idle_.push_back(c);
        return c;
    }

private:
    std::vector<SOCKET> idle_;
};

// Binds the source address of an outgoing connection (a client, not a server).
SOCKET ConnectFrom(const sockaddr_in &local, const sockaddr_in &to)
{
    SOCKET c = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    sockaddr_in src = local;
    bind(c, reinterpret_cast<sockaddr *>(&src), sizeof src);
    connect(c, reinterpret_cast<const sockaddr *>(&to), sizeof to);
    return c;
}

int ListenOn(SOCKET s, const sockaddr_in &where)
{
    sockaddr_in w = where;
    if (bind(s, reinterpret_cast<sockaddr *>(&w), sizeof w) != 0)
        return -1;
    return listen(s, SOMAXCONN);
}

int StartTelemetry()
{
    SOCKET t = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    sockaddr_in sa;
    ZeroMemory(&sa, sizeof(sa));
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = INADDR_ANY;
    sa.sin_port = htons(8125);
    return bind(t, (SOCKADDR *)&sa, sizeof(sa));
}
