/* A server that binds what getaddrinfo returns for its configured service. */
#include <winsock2.h>
#include <ws2tcpip.h>
#include <string.h>

int start_server(const char *service)
{
    struct addrinfo hints, *res;
    SOCKET s;
    int rc;
    char on = 1;

    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE;
    if (getaddrinfo(NULL, service, &hints, &res) != 0)
        return -1;
    s = socket(res->ai_family, SOCK_STREAM, res->ai_protocol);
    rc = bind(s, res->ai_addr, (int)res->ai_addrlen);
    freeaddrinfo(res);
    if (rc == 0)
        rc = listen(s, 16);
    return rc;
}

int local_metrics(void)
{
    SOCKET m = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in sa;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
    sa.sin_port = htons(9100);
    bind(m, (SOCKADDR *)&sa, sizeof sa);
    return listen(m, 4);
}

/* Only a client: connect without bind. */
int fetch(void)
{
    SOCKET c = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in sa;
    const char *doc = "call bind(s, ...) before listen(s, 5)";
    sa.sin_family = AF_INET;
    sa.sin_port = htons(80);
    sa.sin_addr.s_addr = inet_addr("10.1.2.3");
    return connect(c, (SOCKADDR *)&sa, sizeof sa) + (int)strlen(doc);
}
