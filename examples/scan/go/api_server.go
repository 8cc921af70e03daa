// Command api serves the public API and a metrics endpoint.
package main

import (
	"log"
	"net"
	"net/http"
	"os"
)

const metricsAddr = "127.0.0.1:9090"

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`use net.Listen("tcp", ":8080") to serve`))
	})

	go func() {
		log.Fatal(http.ListenAndServe(metricsAddr, nil))
	}()

	ln, err := net.Listen("tcp", ":8080")
	if err != nil {
		log.Fatal(err)
	}
	// ln2, _ := net.Listen("tcp", ":8081")
	srv := &http.Server{Addr: os.Getenv("API_ADDR"), Handler: mux}
	go srv.ListenAndServe()
	log.Fatal(http.Serve(ln, mux))
}

// fetch is a client: Dial, not Listen.
func fetch() (net.Conn, error) {
	return net.Dial("tcp", "api.example.com:443")
}
