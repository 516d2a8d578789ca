#!/bin/sh
# The tests' stand-in for the file manager (PEIDANG_FOLDER_OPENER): notes the folder it was asked to show.
printf '%s\n' "$1" >> "${PEIDANG_OPENED_LOG:?}"
