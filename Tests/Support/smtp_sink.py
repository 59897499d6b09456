#!/usr/bin/env python3
"""A local SMTP server for the tests: accepts every message and writes it, parsed by Python's
own e-mail package, as one JSON file per message (from, to, subject, body) into a folder.
Prints its port on the first line of standard output. Usage: smtp_sink.py FOLDER [PORT]."""
import email
import email.policy
import json
import os
import socketserver
import sys

folder = sys.argv[1]
port = int(sys.argv[2]) if len(sys.argv) > 2 else 0


class Session(socketserver.StreamRequestHandler):
    def say(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.say("220 sink.test ESMTP")
        sender, recipients, user = None, [], None
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = line.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                self.say("250-sink.test")
                self.say("250 AUTH PLAIN")
            elif verb == "AUTH":
                import base64
                parts = base64.b64decode(line.split(" ")[2]).split(b"\0")
                user = parts[1].decode()
                self.say("235 ok" if parts[2] == b"pw" else "535 bad credentials")
            elif verb == "MAIL":
                sender = line[len("MAIL FROM:"):].strip("<>")
                self.say("250 ok")
            elif verb == "RCPT":
                recipients.append(line[len("RCPT TO:"):].strip("<>"))
                self.say("250 ok")
            elif verb == "DATA":
                self.say("354 go ahead")
                lines = []
                while True:
                    data = self.rfile.readline()
                    if data in (b".\r\n", b".\n", b""):
                        break
                    if data.startswith(b".."):
                        data = data[1:]
                    lines.append(data)
                message = email.message_from_bytes(b"".join(lines), policy=email.policy.default)
                record = {
                    "envelope_from": sender, "envelope_to": recipients, "user": user,
                    "from": str(message["From"]), "to": str(message["To"]), "subject": str(message["Subject"]),
                    "body": message.get_content(), "message_id": str(message["Message-ID"]),
                }
                name = os.path.join(folder, "%d-%d.json" % (os.getpid(), len(os.listdir(folder))))
                with open(name + ".tmp", "w", encoding="utf-8") as out:
                    json.dump(record, out, ensure_ascii=False)
                os.rename(name + ".tmp", name)
                recipients = []
                self.say("250 queued")
            elif verb == "QUIT":
                self.say("221 bye")
                return
            else:
                self.say("502 not implemented")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


with Server(("127.0.0.1", port), Session) as server:
    print(server.server_address[1], flush=True)
    server.serve_forever()
