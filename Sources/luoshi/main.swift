import LuoshiCLI

await Luoshi.runAsRoot()
