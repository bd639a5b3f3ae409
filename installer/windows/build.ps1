# Windows: dist\community-desk-<version>-windows-x64-setup.exe (Inno Setup) from a PyInstaller one-folder build.
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1 [-Python C:\path\python.exe] [-Iscc C:\path\ISCC.exe]
#
# Needs: 64-bit Python 3.11+ (python.org or `winget install Python.Python.3.11`), Inno Setup 6.3+
# (`winget install JRSoftware.InnoSetup`). Steps: .venv with '.[build]', the .qm translations, PyInstaller
# (dist\community-desk\), the frozen app's --self-test, then ISCC with installer\windows\community-desk.iss.
# Inno Setup does not ship the Chinese Simplified messages; they are fetched from the Inno Setup
# sources (jrsoftware/issrc, Files/Languages/Unofficial) into build\inno\ when the compiler lacks them.
param(
    [string]$Python = "",
    [string]$Iscc = ""
)
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Invoke-Step([string]$What, [scriptblock]$Command) {
    Write-Host "== $What"
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

# 1. The virtual environment with the app and PyInstaller.
$Venv = Join-Path $Root ".venv"
$VenvPython = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $VenvPython)) {       # -Python picks the interpreter that creates it
    if ($Python) { Invoke-Step "create .venv" { & $Python -m venv $Venv } }
    elseif (Get-Command py -ErrorAction SilentlyContinue) { Invoke-Step "create .venv" { py -3 -m venv $Venv } }
    else { Invoke-Step "create .venv" { python -m venv $Venv } }
}
Invoke-Step "install the app and PyInstaller" { & $VenvPython -m pip install --quiet -e ".[build]" }

# 2. Translations, then the frozen one-folder app.
Invoke-Step "build translations" { & $VenvPython scripts\translations.py build }
Invoke-Step "PyInstaller" {
    & $VenvPython -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller `
        installer\community-desk.spec
}

# 3. The frozen app must pass its own checks (the console twin prints what failed).
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Step "frozen self-test" { & dist\community-desk\community-desk-cli.exe --self-test }
Remove-Item Env:QT_QPA_PLATFORM

# 4. The setup.exe.
if (-not $Iscc) {
    $Candidates = @(
        (Get-Command iscc -ErrorAction SilentlyContinue).Source,
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
    ) | Where-Object { $_ -and (Test-Path $_) }
    if (-not $Candidates) { throw "ISCC.exe not found: install Inno Setup 6 (winget install JRSoftware.InnoSetup) or pass -Iscc" }
    $Iscc = @($Candidates)[0]
}
$Chinese = Join-Path (Split-Path $Iscc) "Languages\ChineseSimplified.isl"
if (-not (Test-Path $Chinese)) {
    $Chinese = Join-Path $Root "build\inno\ChineseSimplified.isl"
    if (-not (Test-Path $Chinese)) {
        New-Item -ItemType Directory -Force (Split-Path $Chinese) | Out-Null
        $Url = "https://raw.githubusercontent.com/jrsoftware/issrc/HEAD/Files/Languages/Unofficial/ChineseSimplified.isl"
        Write-Host "== fetch the Chinese Simplified setup messages from $Url"
        Invoke-WebRequest -Uri $Url -OutFile $Chinese
    }
}
$Version = (& $VenvPython -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()
$Numeric = ([regex]::Matches($Version.Split("+")[0], "\d+") | Select-Object -First 4 | ForEach-Object { $_.Value }) -join "."
Invoke-Step "Inno Setup" {
    & $Iscc "/DAppVersion=$Version" "/DNumericVersion=$Numeric" "/DChineseMessages=$Chinese" `
        installer\windows\community-desk.iss
}
$Setup = Join-Path $Root "dist\community-desk-$Version-windows-x64-setup.exe"
Write-Host ("{0}: {1:N0} MB" -f $Setup, ((Get-Item $Setup).Length / 1MB))
