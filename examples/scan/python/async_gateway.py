"""An asyncio gateway: TCP for clients, UDP for telemetry."""
import asyncio
import os


class Telemetry(asyncio.DatagramProtocol):
    def datagram_received(self, data, addr):
        print(len(data), addr)


async def handle(reader, writer):
    writer.write(await reader.read(100))
    await writer.drain()


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, None, 8888)
    admin = await loop.create_server(lambda: None, "::1", 8889, reuse_address=True)
    transport, _ = await loop.create_datagram_endpoint(
        Telemetry, local_addr=("0.0.0.0", 8125)
    )
    upstream = await asyncio.open_connection("upstream.internal", 443)
    public = await asyncio.start_server(handle, os.environ["HOST"], int(os.environ["PORT"]))
    # await loop.create_server(Proto, "0.0.0.0", 9999, reuse_address=True)
    async with server, admin, public:
        await asyncio.gather(server.serve_forever(), admin.serve_forever())
    transport.close()
    upstream[1].close()


if __name__ == "__main__":
    asyncio.run(main())
