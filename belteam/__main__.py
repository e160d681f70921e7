from belteam.cli.main import main

main()
