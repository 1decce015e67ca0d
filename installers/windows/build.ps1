# Build the Windows installer of Fieldvault (run on Windows, from any folder):
#     powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
# -> dist\fieldvault-<ver>-windows-x64-setup.exe and dist\fieldvault-<ver>-windows-x64.zip
# Needs: Python 3.11 (py launcher or python on PATH), git, Inno Setup 6.3+ (ISCC.exe).
# Optional: $env:FIELDVAULT_SIGNTOOL_CERT (+ _PASSWORD) signs the programs and the installer
# with signtool (Authenticode); unsigned installers trigger SmartScreen warnings.
# Written for CI (.github/workflows/installers.yml); never run on the Linux build machine.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
Set-Location $Root

function Run([string]$exe, [string[]]$argv) {
    & $exe @argv
    if ($LASTEXITCODE -ne 0) { throw "$exe $($argv -join ' ') failed with $LASTEXITCODE" }
}

if (-not $env:SOURCE_DATE_EPOCH) { $env:SOURCE_DATE_EPOCH = (git log -1 --format=%ct).Trim() }
$env:PYTHONHASHSEED = "0"
$env:PIP_DISABLE_PIP_VERSION_CHECK = "1"
$Work = if ($env:FIELDVAULT_WORK) { $env:FIELDVAULT_WORK } else { "$Root\build\installer" }
$Dist = if ($env:FIELDVAULT_DIST) { $env:FIELDVAULT_DIST } else { "$Root\dist" }
$Venv = if ($env:FIELDVAULT_BUILD_VENV) { $env:FIELDVAULT_BUILD_VENV } else { "$Root\installers\.build-venv" }

# The build venv: project dependencies at the pinned versions plus PyInstaller, nothing else.
if (-not (Test-Path "$Venv\Scripts\python.exe")) {
    if (Get-Command py -ErrorAction SilentlyContinue) { Run py @("-3.11", "-m", "venv", $Venv) }
    else { Run python @("-m", "venv", $Venv) }
}
$Py = "$Venv\Scripts\python.exe"
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $Work, "$Root\build\lib"
New-Item -ItemType Directory -Force "$Work\wheel", $Dist | Out-Null
# Dependencies, PyInstaller and the build backend from the hash lock (installers/lock.sh).
Run $Py @("-m", "pip", "install", "-q", "--require-hashes", "--no-deps",
          "-r", "installers\requirements-lock.txt")
Run $Py @("-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", "$Work\wheel", ".")
$Wheel = (Get-ChildItem "$Work\wheel\fieldvault-*.whl").FullName
Run $Py @("-m", "pip", "install", "-q", "--no-deps", "--no-index", "--force-reinstall", $Wheel)
Run $Py @("-m", "pip", "check")

# Stamp, SBOM, freeze, check.
$env:FIELDVAULT_STAMP = "$Work\_build_info.json"
$Version = (& $Py installers\stamp.py $env:FIELDVAULT_STAMP).Trim()
Run $Py @("installers\sbom.py", "$Dist\fieldvault-$Version-windows-x64.cdx.json",
          "--lock", "installers\requirements-lock.txt")
Run $Py @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
          "--distpath", "$Work\dist", "--workpath", "$Work\pyi", "installers\fieldvault.spec")
$Bundle = "$Work\dist\fieldvault"
Run "$Bundle\fieldvault.exe" @("--version")

# Optional Authenticode signature of the two programs before they are packed.
function Sign([string]$file) {
    if (-not $env:FIELDVAULT_SIGNTOOL_CERT) { return }
    Run signtool @("sign", "/fd", "SHA256", "/tr", "http://timestamp.digicert.com", "/td", "SHA256",
                   "/f", $env:FIELDVAULT_SIGNTOOL_CERT, "/p", $env:FIELDVAULT_SIGNTOOL_PASSWORD, $file)
}
Sign "$Bundle\fieldvault.exe"
Sign "$Bundle\fieldvault-app.exe"

# The portable zip and the installer.
$Zip = "$Dist\fieldvault-$Version-windows-x64.zip"
Remove-Item -Force -ErrorAction SilentlyContinue $Zip
Compress-Archive -Path $Bundle -DestinationPath $Zip
$Iscc = if ($env:ISCC) { $env:ISCC } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
Run $Iscc @("/Q", "/DAppVersion=$Version", "/DBundleDir=$Bundle", "/DOutputDir=$Dist",
            "installers\windows\fieldvault.iss")
Sign "$Dist\fieldvault-$Version-windows-x64-setup.exe"
Get-ChildItem $Dist | Format-Table Name, Length
