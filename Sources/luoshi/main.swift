import LuoshiCLI

Luoshi.main()
