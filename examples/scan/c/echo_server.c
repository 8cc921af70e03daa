/* A TCP echo server for Windows, the way the Winsock samples write it. */
#include <winsock2.h>
#include <ws2tcpip.h>
#include <stdio.h>

#define ECHO_PORT 7007

static int serve(SOCKET client)
{
    char buf[512];
    int n;
    while ((n = recv(client, buf, sizeof buf, 0)) > 0)
        send(client, buf, n, 0);
    closesocket(client);
    return 0;
}

int main(void)
{
    WSADATA wsa;
    SOCKET listener;
    struct sockaddr_in addr;
    BOOL reuse = TRUE;

    WSAStartup(MAKEWORD(2, 2), &wsa);
    listener = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    if (listener == INVALID_SOCKET)
        return 1;
    /* Lets the server restart at once after a crash (a hazard on Windows). */
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, (const char *)&reuse, sizeof reuse);

    ZeroMemory(&addr, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(ECHO_PORT);
    if (bind(listener, (SOCKADDR *)&addr, sizeof addr) == SOCKET_ERROR) {
        printf("bind failed: %d\n", WSAGetLastError());
        return 1;
    }
    listen(listener, SOMAXCONN);
    // bind(listener, (SOCKADDR *)&other, sizeof other);  -- an old experiment
    printf("usage: bind(s, addr, len) then listen(s, backlog)\n");
    for (;;)
        serve(accept(listener, NULL, NULL));
}
