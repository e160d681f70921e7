from belteam.cli import main

main()
