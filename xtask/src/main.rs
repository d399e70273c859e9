//! `cargo xtask` — build, demo, test and benchmark automation for gongshi.
//!
//! Installs nothing by itself: when a tool is missing or has the wrong version it stops and
//! prints the command that fixes it (`.ci/run` runs those commands on CI machines).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

const HELP: &str = "\
cargo xtask <command>

  build [--dev]         build the npm package into pkg/ (wasm32 release, wasm-bindgen, wasm-opt -Oz --converge)
  demo [--port N]       build, then serve the demo on http://127.0.0.1:8080 (Ctrl-C stops)
  test [--no-browser]   all tests: fmt, clippy, cargo test, package build, types, node --test, Chromium
  bench                 benchmarks (native and wasm), table printed and written to bench-results/
  deps                  check the WebAssembly's dependency tree against tools/wasm-dependencies.txt
  help                  this text
";

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cmd = args.first().map(String::as_str).unwrap_or("help");
    let rest = &args[args.len().min(1)..];
    let result = match cmd {
        "build" => build(rest.iter().any(|a| a == "--dev")).map(|_| ()),
        "demo" => demo(rest),
        "test" => test(rest.iter().any(|a| a == "--no-browser")),
        "deps" => dependency_tree(),
        "bench" => bench(rest),
        "help" | "--help" | "-h" => {
            print!("{HELP}");
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root (the parent of this crate).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn step(name: &str) {
    eprintln!("\n==> {name}");
}

/// Runs a command in the repository root, inheriting stdio; fails on a non-zero exit.
fn run(program: &str, args: &[&str]) -> Result {
    let status = Command::new(program)
        .args(args)
        .current_dir(root())
        .status()
        .map_err(|e| format!("could not start `{program}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{program} {}` failed ({status})", args.join(" ")))
    }
}

/// Runs a command and returns its standard output.
fn output(program: &str, args: &[&str]) -> Result<String> {
    let out = Command::new(program)
        .args(args)
        .current_dir(root())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("could not start `{program}`: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "`{program} {}` failed ({})",
            args.join(" "),
            out.status
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The `wasm-bindgen` version pinned in Cargo.lock.
fn locked_wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(l) = lines.next() {
        if l.trim() == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines
                .next()
                .and_then(|v| v.trim().strip_prefix("version = "))
            {
                return Ok(v.trim_matches('"').to_string());
            }
        }
    }
    Err("wasm-bindgen is not in Cargo.lock".into())
}

fn check_tools() -> Result<String> {
    let want = locked_wasm_bindgen_version()?;
    let fix = format!(
        "install it with:\n    cargo install wasm-bindgen-cli --version ={want}\n(the CLI must match the wasm-bindgen crate version in Cargo.lock)"
    );
    match Command::new("wasm-bindgen").arg("--version").output() {
        Ok(o) => {
            let have = String::from_utf8_lossy(&o.stdout);
            let have = have.split_whitespace().nth(1).unwrap_or("").to_string();
            if have != want {
                return Err(format!(
                    "wasm-bindgen {have} is installed but Cargo.lock needs {want}; {fix}"
                ));
            }
        }
        Err(_) => return Err(format!("wasm-bindgen is not installed; {fix}")),
    }
    let sysroot = output("rustc", &["--print", "sysroot"])?;
    let target_lib = Path::new(sysroot.trim()).join("lib/rustlib/wasm32-unknown-unknown");
    if !target_lib.exists() {
        return Err("the wasm32 target is missing; install it with:\n    rustup target add wasm32-unknown-unknown".into());
    }
    if !root().join("node_modules/binaryen").exists() {
        return Err("the npm dev dependencies are missing (binaryen for wasm-opt); install them with:\n    npm ci".into());
    }
    Ok(want)
}

/// Builds the npm package into `pkg/` and returns the path of the optimised .wasm.
fn build(dev: bool) -> Result<PathBuf> {
    let started = Instant::now();
    check_tools()?;
    let root = root();
    step("cargo build --target wasm32-unknown-unknown");
    let mut args = vec![
        "build",
        "--lib",
        "--target",
        "wasm32-unknown-unknown",
        "--package",
        "gongshi",
    ];
    if !dev {
        args.push("--release");
    }
    run("cargo", &args)?;
    let profile = if dev { "debug" } else { "release" };
    let raw = root.join(format!(
        "target/wasm32-unknown-unknown/{profile}/gongshi.wasm"
    ));
    let bindgen_dir = root.join("target/wasm-bindgen");
    step("wasm-bindgen --target web");
    run(
        "wasm-bindgen",
        &[
            "--target",
            "web",
            "--no-typescript",
            "--experimental-reset-state-function",
            "--out-name",
            "gongshi_wasm",
            "--out-dir",
            path_str(&bindgen_dir)?,
            path_str(&raw)?,
        ],
    )?;
    let pkg = root.join("pkg");
    if pkg.exists() {
        std::fs::remove_dir_all(&pkg).map_err(|e| format!("cannot clear pkg/: {e}"))?;
    }
    std::fs::create_dir_all(pkg.join("types")).map_err(|e| format!("cannot create pkg/: {e}"))?;
    let wasm = pkg.join("gongshi_wasm_bg.wasm");
    let bg = bindgen_dir.join("gongshi_wasm_bg.wasm");
    if dev {
        copy(&bg, &wasm)?;
    } else {
        step("wasm-opt -Oz (npm binaryen)");
        run(
            "node_modules/.bin/wasm-opt",
            &[
                "-Oz",
                // Repeat the passes until nothing shrinks (-0.6 KiB gzip, +13 s).
                "--converge",
                // Rust never addresses the first KiB of memory (the stack's far end): a
                // constant added to a pointer can become a load or store offset. -2 KiB gzip.
                "--low-memory-unused",
                // The toolchain's notes (producers, target features): no engine reads them.
                "--strip-producers",
                "--strip-target-features",
                "--enable-bulk-memory",
                "--enable-nontrapping-float-to-int",
                "--enable-sign-ext",
                "--enable-mutable-globals",
                "--enable-reference-types",
                "--enable-multivalue",
                path_str(&bg)?,
                "-o",
                path_str(&wasm)?,
            ],
        )?;
    }
    copy(
        &bindgen_dir.join("gongshi_wasm.js"),
        &pkg.join("gongshi_wasm.js"),
    )?;
    copy_dir_files(&root.join("js"), &pkg)?;
    copy_dir_files(&root.join("js/types"), &pkg.join("types"))?;
    copy(&root.join("README.md"), &pkg.join("README.md"))?;
    copy(&root.join("LICENSE"), &pkg.join("LICENSE"))?;
    let manifest = std::fs::read_to_string(root.join("pkg.json"))
        .map_err(|e| format!("cannot read pkg.json: {e}"))?
        .replace("0.0.0-set-by-build", &crate_version()?);
    std::fs::write(pkg.join("package.json"), manifest).map_err(|e| e.to_string())?;
    link_package()?;
    step("smoke test: load the optimised module in Node");
    let smoke = output(
        "node",
        &[
            "--input-type=module",
            "-e",
            "import { redact, version } from 'gongshi'; \
             const r = redact('身份证号：11010519491231002X，电话138 0013 8000'); \
             if (r.findings.length !== 2) throw new Error('smoke test: expected 2 findings'); \
             console.log('gongshi ' + version() + ' loads and masks');",
        ],
    )?;
    eprint!("{smoke}");
    step("size");
    eprint!("{}", output("node", &["tools/size.mjs", path_str(&wasm)?])?);
    eprintln!("built pkg/ in {:.1} s", started.elapsed().as_secs_f64());
    Ok(wasm)
}

/// Makes `import 'gongshi'` resolve to `pkg/` for the tests and the smoke test.
fn link_package() -> Result {
    let nm = root().join("node_modules");
    std::fs::create_dir_all(&nm).map_err(|e| e.to_string())?;
    let link = nm.join("gongshi");
    if link.symlink_metadata().is_ok() {
        std::fs::remove_file(&link)
            .or_else(|_| std::fs::remove_dir_all(&link))
            .map_err(|e| format!("cannot replace node_modules/gongshi: {e}"))?;
    }
    #[cfg(unix)]
    std::os::unix::fs::symlink("../pkg", &link)
        .map_err(|e| format!("cannot link node_modules/gongshi: {e}"))?;
    #[cfg(not(unix))]
    return Err("linking pkg/ into node_modules needs a Unix system".into());
    Ok(())
}

fn crate_version() -> Result<String> {
    let toml = std::fs::read_to_string(root().join("Cargo.toml")).map_err(|e| e.to_string())?;
    let mut in_package = false;
    for l in toml.lines() {
        let l = l.trim();
        if l.starts_with('[') {
            in_package = l == "[package]";
        } else if in_package {
            if let Some(v) = l.strip_prefix("version = ") {
                return Ok(v.trim_matches('"').to_string());
            }
        }
    }
    Err("no [package] version in Cargo.toml".into())
}

fn path_str(p: &Path) -> Result<&str> {
    p.to_str()
        .ok_or_else(|| format!("path is not UTF-8: {}", p.display()))
}

fn copy(from: &Path, to: &Path) -> Result {
    std::fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}

/// Copies the regular files of `from` (not subdirectories) into `to`.
fn copy_dir_files(from: &Path, to: &Path) -> Result {
    let entries =
        std::fs::read_dir(from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
    for e in entries {
        let e = e.map_err(|e| e.to_string())?;
        if e.file_type().map_err(|e| e.to_string())?.is_file() {
            copy(&e.path(), &to.join(e.file_name()))?;
        }
    }
    Ok(())
}

fn demo(args: &[String]) -> Result {
    let port = match args.iter().position(|a| a == "--port") {
        Some(i) => args.get(i + 1).cloned().ok_or("--port needs a number")?,
        None => "8080".to_string(),
    };
    build(false)?;
    step(&format!(
        "serving the demo on http://127.0.0.1:{port}/ (Ctrl-C stops)"
    ));
    run("node", &["tools/serve.mjs", "--port", &port])
}

/// No advisory database is reachable offline, so the tree is kept small and pinned instead:
/// versions by `Cargo.lock`, the set of crates that can end up in the `.wasm` by
/// `tools/wasm-dependencies.txt`. A crate that joins the tree fails the tests until it is
/// reviewed and listed. The npm package must have no runtime dependencies at all.
fn dependency_tree() -> Result {
    let tree = output(
        "cargo",
        &[
            "tree",
            "--locked",
            "--package",
            "gongshi",
            "--target",
            "wasm32-unknown-unknown",
            "--edges",
            "normal",
            "--prefix",
            "none",
            "--format",
            "{p}",
        ],
    )?;
    let mut found: Vec<String> = tree
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "gongshi")
        .map(str::to_string)
        .collect();
    found.sort();
    found.dedup();
    let listed = std::fs::read_to_string(root().join("tools/wasm-dependencies.txt"))
        .map_err(|e| format!("cannot read tools/wasm-dependencies.txt: {e}"))?;
    let allowed: Vec<&str> = listed
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .collect();
    let unlisted: Vec<&String> = found
        .iter()
        .filter(|n| !allowed.contains(&n.as_str()))
        .collect();
    if !unlisted.is_empty() {
        return Err(format!(
            "crates not in tools/wasm-dependencies.txt joined the WebAssembly's tree: {unlisted:?}"
        ));
    }
    eprintln!(
        "{} crates in the tree, all listed in tools/wasm-dependencies.txt",
        found.len()
    );
    let manifest = std::fs::read_to_string(root().join("pkg.json")).map_err(|e| e.to_string())?;
    for key in [
        "\"dependencies\"",
        "\"peerDependencies\"",
        "\"optionalDependencies\"",
    ] {
        if manifest.contains(key) {
            return Err(format!(
                "pkg.json declares {key}: the npm package must have none"
            ));
        }
    }
    Ok(())
}

fn test(no_browser: bool) -> Result {
    let started = Instant::now();
    step("cargo fmt --check");
    run("cargo", &["fmt", "--all", "--", "--check"])?;
    step("cargo clippy -D warnings");
    run(
        "cargo",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    step("cargo test (unit, integration, doc)");
    run("cargo", &["test", "--workspace"])?;
    step("supply chain: the WebAssembly's dependency tree and the package's dependencies");
    dependency_tree()?;
    build(false)?;
    step("TypeScript declarations (tsc --noEmit)");
    run("node_modules/.bin/tsc", &["--noEmit", "-p", "tests/types"])?;
    step("npm package under Node (node --test tests/js/)");
    run("node", &["--test", "tests/js/"])?;
    if no_browser {
        eprintln!("\n(skipping the Chromium tests: --no-browser)");
    } else {
        if !Path::new("/usr/bin/chromium").exists() {
            return Err(
                "Chromium is missing; install it with:\n    apt-get install -y chromium".into(),
            );
        }
        step("demo page in headless Chromium (node --test tests/browser/)");
        run(
            "node",
            &["--test", "--test-concurrency=1", "tests/browser/"],
        )?;
    }
    eprintln!(
        "\nall tests passed in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn bench(args: &[String]) -> Result {
    let wasm = build(false)?;
    step("native benchmark (release)");
    let mut native_args = vec!["run", "--release", "--quiet", "--example", "bench", "--"];
    native_args.extend(args.iter().map(String::as_str));
    let native = output("cargo", &native_args)?;
    step("wasm benchmark (Node)");
    let mut node_args = vec![
        "tools/bench.mjs",
        "--native-json",
        native.trim(),
        "--wasm",
        path_str(&wasm)?,
    ];
    node_args.extend(args.iter().map(String::as_str));
    run("node", &node_args)
}
