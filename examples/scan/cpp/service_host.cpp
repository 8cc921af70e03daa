// A Windows service hosting a management endpoint on a configured address.
#include <winsock2.h>
#include <ws2tcpip.h>
#include <memory>

struct Config {
    const char *address;
    unsigned short port;
};

class SocketGuard {
public:
    explicit SocketGuard(SOCKET s) : s_(s) {}
    ~SocketGuard() { closesocket(s_); }
    SOCKET get() const { return s_; }

private:
    SOCKET s_;
};

std::unique_ptr<SocketGuard> OpenManagement(const Config &cfg)
{
    SOCKET s = WSASocket(AF_INET, SOCK_STREAM, IPPROTO_TCP, nullptr, 0, 0);
    sockaddr_in sa = {};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(cfg.port);
    inet_pton(AF_INET, cfg.address, &sa.sin_addr);
    bind(s, reinterpret_cast<SOCKADDR *>(&sa), sizeof sa);
    listen(s, 8);
    return std::make_unique<SocketGuard>(s);
}

SOCKET OpenLocalDebug()
{
    SOCKET d = socket(AF_INET6, SOCK_STREAM, 0);
    sockaddr_in6 sa6 = {};
    sa6.sin6_family = AF_INET6;
    sa6.sin6_addr = in6addr_loopback;
    sa6.sin6_port = htons(9229);
    bind(d, (sockaddr *)&sa6, sizeof sa6);
    listen(d, 1);
    return d;
}

/*
SOCKET OldOpen()
{
    SOCKET s = socket(AF_INET, SOCK_STREAM, 0);
    bind(s, (sockaddr *)&any, sizeof any);
    listen(s, 5);
}
*/
