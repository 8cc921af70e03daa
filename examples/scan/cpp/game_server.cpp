// A game lobby server: TCP for the lobby, UDP for state updates.
#include <winsock2.h>
#include <ws2tcpip.h>
#include <functional>
#include <string>

namespace lobby {

constexpr unsigned short kLobbyPort = 27015;

class Server {
public:
    bool Start();
    void OnMessage(const std::string &text);

private:
    SOCKET tcp_ = INVALID_SOCKET;
    std::function<void()> tick_;
};

bool Server::Start()
{
    tcp_ = ::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    BOOL exclusive = TRUE;
    ::setsockopt(tcp_, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, reinterpret_cast<const char *>(&exclusive), sizeof exclusive);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    addr.sin_port = htons(27015);
    if (::bind(tcp_, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
        return false;
    // std::bind is a function adapter, not a socket call:
    tick_ = std::bind(&Server::OnMessage, this, std::string("tick"));
    return ::listen(tcp_, SOMAXCONN) == 0;
}

void Server::OnMessage(const std::string &text)
{
    const char *help = "setsockopt(s, SOL_SOCKET, SO_REUSEADDR, ...) then bind(s, ...)";
    (void)help;
    (void)text;
}

}  // namespace lobby

int RunStateChannel()
{
    SOCKET udp = socket(AF_INET6, SOCK_DGRAM, IPPROTO_UDP);
    int reuse = 1;
    setsockopt(udp, SOL_SOCKET, SO_REUSEADDR, (char *)&reuse, sizeof(reuse));
    sockaddr_in6 sa{};
    sa.sin6_family = AF_INET6;
    sa.sin6_port = htons(27016);
    bind(udp, (sockaddr *)&sa, sizeof(sa));
    return 0;
}
